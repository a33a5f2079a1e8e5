/** Syndication (SPEC §1): a child site's articles proposed to, and shown by, its parent. The folder's public surface. */
export {
  ACTION_SIDE,
  allowedMoves,
  LIVE_STATES,
  maySyndicate,
  NOTE_MAX,
  STATE_LABELS,
  SyndicationError,
  type SyndicationAction,
} from './syndication-rules.js';
export { decideProposal, proposeArticle, retractArticle } from './syndication.service.js';
export {
  acceptedSyndications,
  countAcceptedSyndications,
  insertSyndication,
  syndicationsOf,
  type SyndicatedItem,
  type SyndicationListRow,
} from './syndication.repo.js';
