import { getState, runAction, setOutput } from '@devops-actions/toolkit/runner';

await runAction(() => {
  setOutput('seen-started', getState('started'));
  setOutput('seen-multi', getState('multi-state'));
});
