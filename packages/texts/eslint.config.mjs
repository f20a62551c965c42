import { node } from '@prepcom/eslint-config';

export default node;
