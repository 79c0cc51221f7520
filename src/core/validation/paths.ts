// Paths into a return, as findings and explanations name them.
export const valuePath = (indicatorId: string) => `figures.${indicatorId}.value`;
export const yearToDatePath = (indicatorId: string) => `figures.${indicatorId}.yearToDate`;
export const figurePath = (indicatorId: string) => `figures.${indicatorId}`;
export const breakdownPath = (indicatorId: string, setId: string, categoryId?: string) =>
  categoryId === undefined ? `figures.${indicatorId}.breakdowns.${setId}` : `figures.${indicatorId}.breakdowns.${setId}.${categoryId}`;
export const narrativePath = (itemId: string) => `narrative.${itemId}`;
export const financePath = (lineId: string) => `finance.${lineId}`;
export const recordPath = (recordId: string, field?: string) => (field === undefined ? `records.${recordId}` : `records.${recordId}.${field}`);
