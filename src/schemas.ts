/**
 * The zod schemas behind every type, for those who want to validate data of their own (a
 * regulation encoded outside this package, an answer received over the wire). The package never
 * validates its own shipped data at run time; its tests and build do.
 */
export { Citation } from './schema/citation.js';
export { ActorRef, Unit, Post, Office } from './schema/organisation.js';
export { Regulation, Duty, RegulationMetaInput } from './schema/regulation.js';
export { TextNode, TextInput, Provision } from './schema/text.js';
export { WhoSignsAnswer, ReportsToAnswer, ChainStep, ChainAnswer, DeputyAnswer, RoutingAnswer, DefinitionAnswer, InForceAnswer, AboutAnswer } from './schema/answers.js';
export { Topic } from './schema/common.js';
export { MevzuatErrorJson, HttpError, RegulationProblemSchema } from './schema/error.js';
