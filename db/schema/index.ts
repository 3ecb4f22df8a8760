export * from './survey';
export * from './staff';
