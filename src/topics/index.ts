/** Topics (chuyên đề): the rules, storage and audited writes other folders use. */
export * from './topic-rules.js';
export * from './topics.repo.js';
export * from './topics.service.js';
