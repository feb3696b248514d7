import { Injectable, computed, inject, signal } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { ApiError, toApiError } from '@brobygger/web/shared/util-forms';
import {
  MeGQL,
  type Role,
  type SessionAccountFragment,
  SignInGQL,
  SignOutEverywhereGQL,
  SignOutGQL,
} from './graphql.generated';

export type SessionAccount = SessionAccountFragment;

/**
 * Who is signed in, as signals. The session itself is an HttpOnly cookie the browser sends with
 * every request; this store only mirrors the account behind it. The server checks access anyway.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly apollo = inject(Apollo);
  private readonly meGql = inject(MeGQL);
  private readonly signInGql = inject(SignInGQL);
  private readonly signOutGql = inject(SignOutGQL);
  private readonly signOutEverywhereGql = inject(SignOutEverywhereGQL);

  private readonly current = signal<SessionAccount | null>(null);
  private readonly isLoaded = signal(false);
  private pending: Promise<SessionAccount | null> | null = null;

  /** The signed-in account, or null when signed out (also before the first `load()` ends). */
  readonly account = this.current.asReadonly();
  /** False until the first `load()` has answered: the header waits so it does not flicker. */
  readonly loaded = this.isLoaded.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);
  readonly roles = computed<readonly Role[]>(() => this.current()?.roles ?? []);

  hasAnyRole(...roles: Role[]): boolean {
    const own = this.roles();
    return roles.some((role) => own.includes(role));
  }

  /** Asks the API who is signed in. Concurrent calls share one request. */
  load(): Promise<SessionAccount | null> {
    this.pending ??= this.fetchMe().finally(() => (this.pending = null));
    return this.pending;
  }

  /** The first load's answer for guards: does not ask again once the session is known. */
  async ensureLoaded(): Promise<SessionAccount | null> {
    return this.isLoaded() ? this.current() : this.load();
  }

  /** Rejects with an ApiError (wrong credentials, unconfirmed email, rate limited, bad input). */
  async signIn(email: string, password: string): Promise<SessionAccount> {
    try {
      const result = await firstValueFrom(this.signInGql.mutate({ variables: { email, password } }));
      if (!result.data) throw new ApiError('INTERNAL_SERVER_ERROR', 'No account in the answer.');
      // Data cached for the previous visitor must not leak into this session.
      await this.apollo.client.clearStore();
      this.setAccount(result.data.signIn);
      return result.data.signIn;
    } catch (error) {
      throw toApiError(error);
    }
  }

  async signOut(): Promise<void> {
    await this.endSession(() => firstValueFrom(this.signOutGql.mutate()));
  }

  /** Ends every session of the account, on every device. */
  async signOutEverywhere(): Promise<void> {
    await this.endSession(() => firstValueFrom(this.signOutEverywhereGql.mutate()));
  }

  private async endSession(request: () => Promise<unknown>): Promise<void> {
    try {
      await request();
    } catch (error) {
      const apiError = toApiError(error);
      // Already signed out on the server (expired or revoked elsewhere): the goal is reached.
      if (apiError.code !== 'UNAUTHENTICATED') throw apiError;
    }
    await this.apollo.client.clearStore();
    this.setAccount(null);
  }

  private async fetchMe(): Promise<SessionAccount | null> {
    try {
      const result = await firstValueFrom(this.meGql.fetch({ fetchPolicy: 'network-only' }));
      this.setAccount(result.data?.me ?? null);
    } catch (error) {
      const apiError = toApiError(error);
      // Not signed in is an answer, not a failure. Anything else: treat as signed out, the
      // server refuses what needs a session anyway, and the next load may succeed.
      if (apiError.code !== 'UNAUTHENTICATED') console.warn('Could not load the session:', apiError.message);
      this.setAccount(null);
    }
    return this.current();
  }

  private setAccount(account: SessionAccount | null): void {
    this.current.set(account ? { ...account, roles: [...account.roles] } : null);
    this.isLoaded.set(true);
  }
}
