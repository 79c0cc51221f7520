// Aggregation: a return's figures and breakdowns computed from records, for a quarter and year to date.
export * from './period';
export * from './summariseRecords';
export * from './clientCounts';
export * from './breakdowns';
export * from './referenceIndex';
export * from './figuresFromSummary';
export * from './aggregateReturn';
export * from './runningTotals';
