// Timeliness for the validation core: T1 due dates, T2 on time, T3 status, T4 reporting rates.
export * from './dueDateFor';
export * from './receiptEvidence';
export * from './offlineSeal';
export * from './judgeOnTime';
export * from './returnStatus';
export * from './extensionInForce';
export * from './rateInputs';
export * from './reportingRates';
