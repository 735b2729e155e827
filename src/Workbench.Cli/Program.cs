return Workbench.Cli.WorkbenchApp.Run(args);
