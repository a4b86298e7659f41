/** A parsed XML element: enough structure to check charts' markup in tests. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (_, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    const value = ENTITIES[ref];
    if (value === undefined) throw new Error(`Unknown entity &${ref};`);
    return value;
  });
}

/**
 * A strict parser for the XML subset charts emit (elements, attributes, text): throws on
 * unbalanced tags, unquoted or duplicate attributes, a raw `<` or `&` in text, or trailing content.
 */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack = [root];
  const token = /<\/([\w:-]+)\s*>|<([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let at = 0;
  while (at < source.length) {
    token.lastIndex = at;
    match = token.exec(source);
    if (!match) throw new Error(`Malformed XML at ${at}: ${source.slice(at, at + 40)}`);
    at = token.lastIndex;
    const [, close, open, attrText, selfClose, textPart] = match;
    const parent = stack[stack.length - 1]!;
    if (close) {
      if (parent.name !== close) throw new Error(`</${close}> closes <${parent.name}>`);
      stack.pop();
    } else if (open) {
      const attrs: Record<string, string> = {};
      for (const [, key, value] of (attrText ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) {
        if (key! in attrs) throw new Error(`Duplicate attribute ${key}`);
        if (/&(?!(#\d+|#x[0-9a-f]+|\w+);)/i.test(value!)) throw new Error(`Raw & in ${key}`);
        attrs[key!] = decode(value!);
      }
      const element: XmlElement = { name: open, attrs, children: [] };
      parent.children.push(element);
      if (!selfClose) stack.push(element);
    } else if (textPart !== undefined) {
      if (/&(?!(#\d+|#x[0-9a-f]+|\w+);)/i.test(textPart)) throw new Error('Raw & in text');
      if (stack.length === 1 && textPart.trim()) throw new Error('Text outside the root element');
      parent.children.push(decode(textPart));
    }
  }
  if (stack.length !== 1) throw new Error(`Unclosed <${stack[stack.length - 1]!.name}>`);
  const elements = root.children.filter((child): child is XmlElement => typeof child !== 'string');
  if (elements.length !== 1) throw new Error('Expected exactly one root element');
  return elements[0]!;
}

/** Every element of a tree, depth first. */
export function allElements(element: XmlElement): XmlElement[] {
  return [
    element,
    ...element.children.flatMap((child) => (typeof child === 'string' ? [] : allElements(child))),
  ];
}

/** The text content of an element. */
export function textOf(element: XmlElement): string {
  return element.children
    .map((child) => (typeof child === 'string' ? child : textOf(child)))
    .join('');
}

/** The content of every `<text>` element, in document order. */
export function texts(element: XmlElement): string[] {
  return allElements(element)
    .filter((e) => e.name === 'text')
    .map(textOf);
}
