import { describe, expect, it } from 'vitest';
import { matchPath } from '../../../src/app/state/router';

describe('matchPath', () => {
  it('matches the start page', () => {
    expect(matchPath('/', '/')).toEqual({});
  });

  it('ignores a trailing slash', () => {
    expect(matchPath('/returns', '/returns/')).toEqual({});
  });

  it('reads named parameters, decoded', () => {
    expect(matchPath('/returns/:id/queries/:query', '/returns/r%2F1/queries/7')).toEqual({ id: 'r/1', query: '7' });
  });

  it('does not match other paths', () => {
    expect(matchPath('/returns/:id', '/returns')).toBeNull();
    expect(matchPath('/returns/:id', '/records/1')).toBeNull();
    expect(matchPath('/', '/returns')).toBeNull();
  });
});
