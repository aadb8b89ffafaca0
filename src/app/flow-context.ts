import { createActorContext } from '@xstate/react';
import { debtCollectionFlow } from '../../flows/debt-collection/machine';

/** The one running flow actor; components select from it and send events to it. */
export const FlowContext = createActorContext(debtCollectionFlow);
