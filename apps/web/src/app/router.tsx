// The dashboard's addresses. Every screen is a route of its own whose code is loaded when first visited, so the
// first screen's JavaScript holds the shell and that screen only. The API serves index.html for all of them.
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { NotFoundScreen, RouteErrorScreen, ScreenLoading } from './RouteScreens';
import { AsOfLayout, Shell } from './Shell';

/** A screen's module loads its texts in the language in use as it loads (`textsLoaded`); shown once they are in. */
function screen<M extends { textsLoaded: Promise<void> }>(load: () => Promise<M>, name: keyof M & string) {
  return async () => {
    const module = await load();
    await module.textsLoaded;
    return { Component: module[name] as ComponentType };
  };
}

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Shell,
    ErrorBoundary: RouteErrorScreen,
    HydrateFallback: ScreenLoading,
    children: [
      {
        Component: AsOfLayout,
        children: [
          {
            index: true,
            lazy: screen(() => import('../overview/OverviewScreen'), 'OverviewScreen'),
          },
          {
            path: 'timeline',
            lazy: screen(() => import('../timeline/TimelineScreen'), 'TimelineScreen'),
          },
          {
            path: 'matters',
            lazy: screen(() => import('../matters/MattersBoardScreen'), 'MattersBoardScreen'),
          },
          {
            path: 'matters/:matterId',
            lazy: screen(() => import('../matter/MatterScreen'), 'MatterScreen'),
          },
          // Where notifications and calendar entries point for a meeting, and the timeline's links.
          {
            path: 'milestones/:milestoneId',
            lazy: screen(() => import('../milestone/MilestoneScreen'), 'MilestoneScreen'),
          },
          {
            path: 'preparations',
            lazy: screen(() => import('../preparations/PreparationsScreen'), 'PreparationsScreen'),
          },
          {
            path: 'state-of-play',
            lazy: screen(() => import('../state-of-play/StateOfPlayScreen'), 'StateOfPlayScreen'),
          },
          {
            path: 'participants',
            lazy: screen(() => import('../participants/ParticipantsScreen'), 'ParticipantsScreen'),
          },
        ],
      },
      {
        path: 'inbox',
        lazy: screen(() => import('../inbox/InboxScreen'), 'InboxScreen'),
      },
      {
        path: 'people',
        lazy: screen(() => import('../people/PeopleScreen'), 'PeopleScreen'),
      },
      {
        path: 'people/import',
        lazy: screen(() => import('../people/ImportScreen'), 'ImportScreen'),
      },
      {
        path: 'people/roles',
        lazy: screen(() => import('../people/RoleTermsScreen'), 'RoleTermsScreen'),
      },
      {
        path: 'people/:participantId',
        lazy: screen(() => import('../people/ParticipantScreen'), 'ParticipantScreen'),
      },
      {
        path: 'invitations',
        lazy: screen(() => import('../invitations/InvitationsScreen'), 'InvitationsScreen'),
      },
      {
        path: 'processes',
        lazy: screen(() => import('../processes/ProcessesScreen'), 'ProcessesScreen'),
      },
      {
        path: 'sign-in',
        lazy: screen(() => import('../sign-in/SignInScreen'), 'SignInScreen'),
      },
      {
        path: 'forgot-password',
        lazy: screen(() => import('../getting-in/ForgotPasswordScreen'), 'ForgotPasswordScreen'),
      },
      {
        path: 'accept-invitation',
        lazy: screen(() => import('../getting-in/SetPasswordScreen'), 'AcceptInvitationScreen'),
      },
      {
        path: 'reset-password',
        lazy: screen(() => import('../getting-in/SetPasswordScreen'), 'ResetPasswordScreen'),
      },
      {
        path: 'accounts',
        lazy: screen(() => import('../accounts/AccountsScreen'), 'AccountsScreen'),
      },
      {
        path: 'failed-jobs',
        lazy: screen(() => import('../failed-jobs/FailedJobsScreen'), 'FailedJobsScreen'),
      },
      { path: '*', Component: NotFoundScreen },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
