/**
 * The User Timing mark an overview sets each time it first has its map's paths and its table's rows in the
 * DOM: what the performance goal ("map and table within 1 s of navigation") measures (test/bench/web-overview.ts),
 * and visible in the browser's DevTools. In a module of its own so the benchmark can import it without Lit.
 */
export const OVERVIEW_READY_MARK = 'atalaya:overview-ready';

/** Set when the ranking has arrived: what comes before is the network and the server. */
export const OVERVIEW_DATA_MARK = 'atalaya:overview-data';

/** Set once the table's 12-month sparklines, which load after the ranking, are drawn too. */
export const OVERVIEW_COMPLETE_MARK = 'atalaya:overview-complete';
