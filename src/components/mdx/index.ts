/**
 * The components MDX authors may use without importing them. Pages render entries with
 * `<Content components={mdxComponents} />`.
 */
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import Cite from './Cite.astro';
import Figure from './Figure.astro';
import FigureDefinitions from './FigureDefinitions.astro';
import Steps from './Steps.astro';
import TemplateCard from './TemplateCard.astro';

export { Callout, Checklist, Cite, Figure, FigureDefinitions, Steps, TemplateCard };

/** Name → component map for `<Content components={mdxComponents} />`. */
export const mdxComponents = {
  Callout,
  Checklist,
  Cite,
  Figure,
  FigureDefinitions,
  Steps,
  TemplateCard,
};
