// The client for the hub staff API (DESIGN §6): the staff screens use these, never fetch.
export * from './client';
export * from './problem';
export * from './auth';
export * from './members';
export * from './returns';
export * from './team';
