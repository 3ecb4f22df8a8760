export * from './survey';
export * from './staff';
export * from './audit';
export * from './mail';
