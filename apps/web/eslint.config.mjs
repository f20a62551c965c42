import { react } from '@prepcom/eslint-config';

export default react;
