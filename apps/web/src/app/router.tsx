// The dashboard's addresses. Every screen is a route of its own whose code is loaded when first visited, so the
// first screen's JavaScript holds the shell and that screen only. The API serves index.html for all of them.
import { createBrowserRouter, type RouteObject } from 'react-router';
import { NotFoundScreen, RouteErrorScreen, ScreenLoading } from './RouteScreens';
import { AsOfLayout, Shell } from './Shell';

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
            lazy: async () => ({ Component: (await import('../overview/OverviewScreen')).OverviewScreen }),
          },
          {
            path: 'timeline',
            lazy: async () => ({ Component: (await import('../timeline/TimelineScreen')).TimelineScreen }),
          },
          {
            path: 'matters',
            lazy: async () => ({
              Component: (await import('../matters/MattersBoardScreen')).MattersBoardScreen,
            }),
          },
        ],
      },
      {
        path: 'sign-in',
        lazy: async () => ({ Component: (await import('../sign-in/SignInScreen')).SignInScreen }),
      },
      { path: '*', Component: NotFoundScreen },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
