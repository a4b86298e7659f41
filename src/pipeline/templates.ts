import { templateFiles } from '../core/dictionary/index.ts';

/** CSV templates and the data dictionary, published under `templates/` (from the schemas). */
export function publishedTemplates(): { path: string; content: string }[] {
  return templateFiles();
}
