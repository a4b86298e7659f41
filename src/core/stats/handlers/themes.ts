import { columnsOf, themes as table, type Theme } from '../../schemas/index.ts';
import type { TableHandler } from '../collector-state.ts';
import { intern, whole } from '../row-input.ts';

const TH = columnsOf(table);

/** themes.csv: kept whole, ids interned for the workshop findings. */
export const themes: TableHandler = (s, v) => {
  intern(s, s.themeIndex, v[TH.theme_id], s.themes.length);
  s.themes.push(whole<Theme>(s, 'themes', v));
};
