// The time primitives are defined once, in src/core/time; the schemas use them from here.
export { LocalDate, Instant, QuarterId, DeadlinePolicy } from '../time';
