/**
 * A rehype plugin that makes root-relative links in Markdown/MDX (`/en/guides/…`) follow the
 * deployment base (`--base /portal/` → `/portal/en/guides/…`), so authors write plain site paths.
 */
import { withBase } from '../core/url/base-path.ts';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export function rehypeBaseLinks(options: { base: string }) {
  const trimmed = options.base.replace(/\/$/, '');
  const visit = (node: HastNode) => {
    const props = node.properties;
    if (node.type === 'element' && props) {
      for (const attribute of ['href', 'src']) {
        const value = props[attribute];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
          if (trimmed && !value.startsWith(`${trimmed}/`)) {
            props[attribute] = withBase(options.base, value);
          }
        }
      }
    }
    node.children?.forEach(visit);
  };
  return () => (tree: HastNode) => visit(tree);
}
