// Loaded with import() after the inputs are valid, so a bad input exits without loading the engine.
export { prepareEngine, reportContext, succeeded, toJson, toMarkdown } from '@devops-actions/deploy';
