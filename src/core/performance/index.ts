// Performance at the hub (DESIGN §4 P1–P6): delivery against profile, RAG, early warning with its
// run-rate, claw back proposals, volunteer dividend and the consolidated return per prime contract.
export * from './returnsByQuarter';
export * from './p1-delivery';
export * from './p2-rag';
export * from './p3-run-rate';
export * from './p3-early-warning';
export * from './p4-claw-back';
export * from './paidOnProfile';
export * from './p5-volunteer-dividend';
export * from './p6-consolidated-return';
export * from './performanceOf';
export * from './suppressSmallCounts';
export { formatPercent } from './format';
