import type { Funnel } from '../stats/types.ts';
import { countCell, primaryCount } from './cells.ts';
import type { PublishedProgramme } from './published-types.ts';
import { protectGroup } from './sibling-group.ts';

/**
 * The funnel under disclosure control. registered → matched → attended are nested (a
 * difference of two of them is published on purpose: see the methodology page), but the
 * statuses partition the registered mentees: active + completed + withdrawn = registered.
 * Active has no row of its own, so it is a withheld sibling from the start; when the other
 * two could still give a suppressed status back (e.g. completed = registered makes a `<10`
 * withdrawn 0), the next smallest status is withheld too.
 * @example publishFunnel({ registered: 24, matched: 24, attended: 23, completed: 24, withdrawn: 0 }, 10).completed // null
 */
export function publishFunnel(funnel: Funnel, k: number): PublishedProgramme['funnel'] {
  const active = funnel.registered - funnel.completed - funnel.withdrawn;
  const { status } = protectGroup(
    [active, funnel.completed, funnel.withdrawn],
    k,
    funnel.registered >= k,
    [true, false, false],
  );
  return {
    registered: primaryCount(funnel.registered, k),
    matched: primaryCount(funnel.matched, k),
    attended: primaryCount(funnel.attended, k),
    completed: countCell(funnel.completed, status[1]!, k),
    withdrawn: countCell(funnel.withdrawn, status[2]!, k),
  };
}
