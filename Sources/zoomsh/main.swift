import ZoomshCLI
