import ZoomshCLI

await ZoomshCommand.runMain()
