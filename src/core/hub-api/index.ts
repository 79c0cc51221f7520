// Shapes of the hub staff API (sign-in, team, enrolment codes, devices, returns), shared by the hub and the
// staff screens. The device sync API lives in ../sync.
export * from './auth';
export * from './enrolment-codes';
export * from './devices';
export * from './returns';
export * from './team';
export * from './performance';
