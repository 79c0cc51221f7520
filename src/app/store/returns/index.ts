// Quarterly returns on the device (issue 6): drafts, sealing through the outbox, hub states by pull.
export { SCHEMA_V3 } from './schema';
export * from './types';
export * from './errors';
export { readFigure, figureText, type ReadFigure } from './figureText';
export { returnBasis, ReturnSetUpError, type ReturnBasis } from './returnBasis';
export { assembleReturn, isDerived, type AssembledReturn, type InputErrors } from './assembleReturn';
export { checkReturn, type ReturnCheck } from './checkReturn';
export { asKnownVersion, isClosed, knownState, knownVersions, latestOf } from './latestVersion';
export { draftContentFrom, emptyDraftContent } from './draftFromVersion';
export { startDraft } from './startDraft';
export { saveDraft, discardDraft } from './saveDraft';
export { sealReturn, sealBlockers, type SealInput } from './sealReturn';
export { answerQuery } from './answerQuery';
export { requestExtension, type ExtensionInput } from './requestExtension';
export { applyReturnsPull, returnsPullTables, type ReturnsPull } from './applyReturnsPull';
export { readReturnsData, type ReturnsData, type WaitingChange } from './readReturnsData';
export { queueChange, type ReturnsChange } from './queueChange';
export { withLocalReturns, referenceWithLocalReturns } from './withLocalReturns';
