using Masivo.Sdk.ColdStart;

// Two roles in one program. Without "child" it is the launcher: it starts the loopback server and runs the
// children (ColdStartLauncher). With "child <scenario> <base address>" it is one measurement (ColdStartChild).
return args is ["child", var scenario, var baseAddress, ..]
    ? await ColdStartChild.RunAsync(scenario, new Uri(baseAddress))
    : ColdStartLauncher.Run(args);
