import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DeliveryFrequency, NotificationKind } from '@prepcom/domain';
import { SignedIn } from '../identity/access.decorators';
import { Actor } from '../identity/actor';
import { CurrentActor, RequestNow } from '../loaders/request-context';
import { NotificationPreference } from './preference.entity';
import { PreferencesService } from './preferences.service';

/** A person reads and changes their own email preferences, and nobody else's. */
@Resolver(() => NotificationPreference)
export class PreferencesResolver {
  constructor(private readonly preferences: PreferencesService) {}

  @SignedIn()
  @Query(() => [NotificationPreference], {
    description: 'How you hear of each kind of event by email (in-app notifications always arrive).',
  })
  notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreference[]> {
    return this.preferences.of(actor.account!.id);
  }

  @SignedIn()
  @Mutation(() => [NotificationPreference], {
    description:
      'Chooses when the email for a kind of event goes out: at once, in a daily or weekly digest, or never.',
  })
  setNotificationPreference(
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKind,
    @Args('frequency', { type: () => DeliveryFrequency }) frequency: DeliveryFrequency,
    @CurrentActor() actor: Actor,
    @RequestNow() now: Date,
  ): Promise<NotificationPreference[]> {
    return this.preferences.set(actor.account!.id, kind, frequency, now);
  }
}
