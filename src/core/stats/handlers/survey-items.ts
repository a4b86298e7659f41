import { columnsOf, surveyItems as table } from '../../schemas/index.ts';
import type { TableHandler } from '../collector-state.ts';
import { intern } from '../row-input.ts';

const SI = columnsOf(table);

/** survey_items.csv: each item's construct, scale and programmes; constructs in file order. */
export const surveyItems: TableHandler = (s, v) => {
  const name = v[SI.construct] as string;
  let construct = s.constructIndex.get(name);
  if (construct === undefined) {
    construct = s.constructs.length;
    s.constructIndex.set(name, construct);
    s.constructs.push(name);
    s.constructItems.push(0);
    s.constructRange.push(0);
  }
  s.constructItems[construct]!++;
  // The widest item scale bounds a change (the reconstruction check's grid).
  s.constructRange[construct] = Math.max(
    s.constructRange[construct]!,
    (v[SI.scale_max] as number) - (v[SI.scale_min] as number),
  );
  intern(s, s.itemIndex, v[SI.item_id], s.itemConstruct.length);
  s.itemConstruct.push(construct);
  s.itemMin.push(v[SI.scale_min] as number);
  s.itemMax.push(v[SI.scale_max] as number);
  s.itemReverse.push(v[SI.reverse_coded] === true);
  s.itemProgrammes.push(v[SI.programme_id] as string[] | undefined);
};
