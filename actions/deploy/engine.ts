// Loaded with import() after the inputs are valid, so a bad input exits without loading the engine.
export { prepareEngine } from '@devops-actions/deploy';
