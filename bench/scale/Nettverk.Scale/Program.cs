// The national-scale installation of issue 9 and the ceiling of its load test.
//   generate --out <folder> [--scale 1.0]   a fresh nettverk.db in <folder>: the app's migrations, the demo data, then
//                                           generated bodies, people, meetings, invitations, minutes and audit events
//   bare --port <p> --responses <file> --cert <pem> --key <pem>
//                                           Kestrel (https) on 127.0.0.1 answering each captured URL with the captured bytes
// Not a test: bench/scale/load.sh runs both and prints the figures.
using Nettverk.Scale;

if (args.Length > 0 && args[0] == "bare") return await BareApp.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "generate") return await Generator.RunAsync(args[1..]);
Console.Error.WriteLine("usage: Nettverk.Scale generate --out <folder> [--scale 1.0] | bare --port <p> --responses <file> --cert <pem> --key <pem>");
return 2;
