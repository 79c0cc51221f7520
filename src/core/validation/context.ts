import type {
  CategorySet,
  Indicator,
  ProfileVersion,
  RecordData,
  ReportingTemplate,
  ReturnVersion,
  SubContract,
  ValidationSettings,
} from '../schemas';
import type { RecordsAggregate } from './recordsAggregate';

/**
 * Where validation runs. `seal-check`: on the device before sealing (an unsealed return is
 * expected, so C7 does not block). `received`: at the hub, where an unsealed return is an error.
 */
export type ValidationStage = 'seal-check' | 'received';

/**
 * What validateReturn needs besides the return. All of it is reference data the caller has
 * already parsed with the core's schemas, so it is trusted; only the return itself is untrusted.
 */
export type ValidationContext = {
  template: ReportingTemplate;
  indicators: readonly Indicator[];
  categorySets: readonly CategorySet[];
  subContract: SubContract;
  /** The prime contract's validation settings. */
  settings: ValidationSettings;
  /** The sub-contract's profile versions (all of them: the one in force is chosen per quarter). */
  profiles: readonly ProfileVersion[];
  /** Default 'seal-check'. */
  stage?: ValidationStage;
  /**
   * The sub-contract's records (at least this financial year's, for A5). Used only when
   * `recordsAggregate` is not given; pass the aggregate instead to validate often and fast.
   */
  records?: readonly RecordData[];
  /** prepareRecordsAggregate(records, …) computed once; the hub's own aggregate for A4. */
  recordsAggregate?: RecordsAggregate;
  /** Earlier returns of the sub-contract (any versions; the newest of each quarter is used) for A3, A5, A6. */
  previousReturns?: readonly ReturnVersion[];
};
