import { router, view } from '@forge/bridge';
import { forwardRef, useEffect, useState, type MouseEvent } from 'react';

let siteUrl: Promise<string> | undefined;
/** The Jira site's address, from the frame's context; asked once per app. */
const site = () => (siteUrl ??= view.getContext().then((context) => context.siteUrl));

/**
 * A link to a Jira issue from inside a Custom UI frame. The frame runs on Forge's CDN, another
 * origin than Jira, in a sandbox that refuses `target="_top"`: a plain `/browse/KEY` link would
 * open the CDN's 404 inside the frame. So a click asks the host to go there, through the
 * bridge's router (https://developer.atlassian.com/platform/forge/custom-ui-bridge/router/);
 * a Ctrl/⌘/Shift- or middle-click opens it in a new tab. The `href` is the issue's address on
 * the site, for the status bar and "Copy link".
 */
export const IssueLink = forwardRef<HTMLAnchorElement, { issueKey: string }>(function IssueLink(
  { issueKey },
  ref,
) {
  const [base, setBase] = useState('');
  useEffect(() => {
    let current = true;
    site().then(
      (url) => current && setBase(url),
      () => undefined, // no context: the href stays site-relative; clicks still work
    );
    return () => {
      current = false;
    };
  }, []);

  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const issue = { target: 'issue', issueKey } as const;
    const newTab = event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1;
    // A refusal (the host's, or the user's) leaves the user where they are.
    (newTab ? router.open(issue) : router.navigate(issue)).catch(() => undefined);
  };

  return (
    <a
      ref={ref}
      href={`${base}/browse/${encodeURIComponent(issueKey)}`}
      onClick={follow}
      onAuxClick={(event) => event.button === 1 && follow(event)}
    >
      {issueKey}
    </a>
  );
});
