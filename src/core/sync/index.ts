export * from './enrolment';
export * from './change';
export * from './push';
export * from './pull';
export * from './return-changes';
export * from './hub-return';
