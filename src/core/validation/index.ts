// Validation: the Complete (C) and Accurate (A) rules of DESIGN §4 and validateReturn.
export * from './context';
export * from './recordsAggregate';
export * from './ruleInput';
export * from './completeness';
export * from './explained';
export * from './messages';
export * from './paths';
export * from './zodFindings';
export * from './rules';
export * from './validate-return';
