// The bench's baseline: the least a React + Fluent UI page can be (provider, a heading, a
// button), built exactly like the task pane, so the pane's own cost can be told apart.
import { Button, FluentProvider, Subtitle1, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <Subtitle1 as="h1">Bare page</Subtitle1>
    <Button appearance="primary">Button</Button>
  </FluentProvider>,
);
