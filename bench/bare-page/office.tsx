// The bench's second baseline: the bare React + Fluent page (index.tsx) that also loads office.js
// and renders only once Office.onReady has resolved, as the task pane must. The pane's first
// render is compared with this page's, so office.js's own cost is not counted against the pane.
import { Button, FluentProvider, Subtitle1, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

const container = document.getElementById("root");
if (!container) throw new Error("office.html has no #root element");
void Office.onReady(() => {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Subtitle1 as="h1">Bare page with office.js</Subtitle1>
      <Button appearance="primary">Button</Button>
    </FluentProvider>,
  );
});
