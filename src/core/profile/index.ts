// Profiles: which version is in force in a quarter, and the targets it sets.
export * from './profileInForce';
export * from './targetFor';
export * from './yearToDateTarget';
