/**
 * v3: quarterly returns on the device (issue 6) — the manager's drafts (one per sub-contract and
 * quarter, autosaved), every return version this device sealed or pulled from the hub with the
 * hub's state, the hub's queries and this device's answers to them, and extension requests with
 * the hub's decisions. New tables only: nothing earlier changes, so no data migration.
 */
export const SCHEMA_V3 = {
  returnDrafts: 'key, [subContractId+quarter]',
  returnVersions: 'id, [subContractId+quarter]',
  returnQueries: 'id, returnId',
  queryAnswers: 'id, queryId',
  extensions: 'id, [subContractId+quarter]',
} as const;
