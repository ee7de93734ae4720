package allow

// netRules classifies what reaches the network: every listen and dial
// passes the network gate (runner/netgate), which keeps a script on
// loopback unless --allow-net is given; name lookups read the hosts file
// and send DNS queries only through the gate.
func netRules() map[string]rule {
	gate := wrapped(NoFlag, "passes the network gate")
	lookup := wrapped(Net, "resolves from the hosts file; DNS queries pass the network gate")
	around := func(why string) Verdict { return refused(Net, why) }
	netSyms := map[string]Verdict{
		"Listen": gate, "ListenPacket": gate, "Dial": gate, "DialTimeout": gate,
		"ListenTCP": gate, "DialTCP": gate, "ListenUDP": gate, "DialUDP": gate,
		"Dialer":                      wrapped(NoFlag, "a net.Dialer of socklab's whose Dial and DialContext pass the network gate"),
		"Dialer.Dial":                 gate,
		"Dialer.DialContext":          gate,
		"Dialer.DialTCP":              gate,
		"Dialer.DialUDP":              gate,
		"Dialer.DialIP":               around("raw IP sockets go around the gate"),
		"Dialer.DialUnix":             around("Unix sockets reach local services around the gate"),
		"ListenConfig":                wrapped(NoFlag, "a net.ListenConfig of socklab's whose Listen and ListenPacket pass the network gate"),
		"ListenConfig.Listen":         gate,
		"ListenConfig.ListenPacket":   gate,
		"UDPConn":                     wrapped(NoFlag, "a net.UDPConn of socklab's whose WriteTo methods pass the network gate"),
		"UDPConn.WriteTo":             gate,
		"UDPConn.WriteToUDP":          gate,
		"UDPConn.WriteToUDPAddrPort":  gate,
		"UDPConn.WriteMsgUDP":         gate,
		"UDPConn.WriteMsgUDPAddrPort": gate,
		"DialUnix":                    around("Unix sockets reach local services around the gate"),
		"ListenUnix":                  around("Unix sockets reach local services around the gate"),
		"ListenUnixgram":              around("Unix sockets reach local services around the gate"),
		"UnixConn":                    around("Unix sockets reach local services around the gate"),
		"UnixListener":                around("Unix sockets reach local services around the gate"),
		"DialIP":                      around("raw IP sockets go around the gate"),
		"ListenIP":                    around("raw IP sockets go around the gate"),
		"IPConn":                      around("raw IP sockets go around the gate"),
		"ListenMulticastUDP":          around("joins a multicast group on every network"),
		"FileConn":                    around("makes a connection of a descriptor the gate never saw"),
		"FileListener":                around("makes a listener of a descriptor the gate never saw"),
		"FilePacketConn":              around("makes a connection of a descriptor the gate never saw"),
		"DefaultResolver":             lookup,
		"Resolver":                    around("a resolver of the script's own sends DNS queries around the gate: use net.LookupHost"),
	}
	for _, n := range []string{"LookupAddr", "LookupCNAME", "LookupHost", "LookupIP", "LookupMX", "LookupNS",
		"LookupPort", "LookupSRV", "LookupTXT", "ResolveIPAddr", "ResolveTCPAddr", "ResolveUDPAddr"} {
		netSyms[n] = lookup
	}
	for _, n := range []string{"LookupAddr", "LookupCNAME", "LookupHost", "LookupIP", "LookupIPAddr", "LookupMX",
		"LookupNS", "LookupNetIP", "LookupPort", "LookupSRV", "LookupTXT"} {
		netSyms["Resolver."+n] = around("a resolver other than net.DefaultResolver sends DNS queries around the gate: use net.LookupHost")
	}

	httpSyms := map[string]Verdict{
		"ListenAndServe":           gate,
		"ListenAndServeTLS":        wrapped(NoFlag, "passes the network gate; the key files pass the file gate"),
		"ServeTLS":                 wrapped(Files, "the key files pass the file gate"),
		"Server":                   wrapped(NoFlag, "an http.Server of socklab's whose ListenAndServe passes the network gate"),
		"Server.ListenAndServe":    gate,
		"Server.ListenAndServeTLS": wrapped(NoFlag, "passes the network gate; the key files pass the file gate"),
		"Server.ServeTLS":          wrapped(NoFlag, "the key files pass the file gate"),
		"Transport":                wrapped(NoFlag, "an http.Transport of socklab's that dials through the network gate when the script gives it no dial function"),
		"Transport.RoundTrip":      gate,
		"Transport.NewClientConn":  gate,
		"Transport.Clone":          wrapped(NoFlag, "the copy is socklab's Transport too"),
		"DefaultTransport":         wrapped(NoFlag, "dials through the network gate"),
		"DefaultClient":            wrapped(NoFlag, "dials through the network gate"),
		"Get":                      wrapped(NoFlag, "dials through the network gate"),
		"Head":                     wrapped(NoFlag, "dials through the network gate"),
		"Post":                     wrapped(NoFlag, "dials through the network gate"),
		"PostForm":                 wrapped(NoFlag, "dials through the network gate"),
		"Dir":                      wrapped(Files, "an http.Dir of socklab's whose Open passes the file gate"),
		"Dir.Open":                 wrapped(Files, "its path passes the file gate"),
		"ServeFile":                wrapped(Files, "its path passes the file gate"),
		"ServerContextKey":         around("hands a handler its server, whose ListenAndServe would listen around the gate"),
	}
	return map[string]rule{
		"net":      {def: pure(), syms: netSyms},
		"net/http": {def: pure(), syms: httpSyms},
		"net/http/httptest": {def: pure(), syms: map[string]Verdict{
			"NewServer":          wrapped(NoFlag, "listens on loopback through the network gate; the server's client dials through it"),
			"NewTLSServer":       wrapped(NoFlag, "listens on loopback through the network gate; the server's client dials through it"),
			"NewUnstartedServer": wrapped(NoFlag, "listens on loopback through the network gate"),
			"Server":             wrapped(NoFlag, "an httptest.Server of socklab's whose client dials through the network gate; its Config's ListenAndServe is refused where the script names it (see CheckTypes)"),
			"Server.Start":       wrapped(NoFlag, "the server's client dials through the network gate"),
			"Server.StartTLS":    wrapped(NoFlag, "the server's client dials through the network gate"),
		}},
		"crypto/tls": {def: pure(), syms: map[string]Verdict{
			"Dial":            gate,
			"DialWithDialer":  wrapped(NoFlag, "takes socklab's net.Dialer, which passes the network gate"),
			"Listen":          wrapped(NoFlag, "passes the network gate; the key files pass the file gate"),
			"LoadX509KeyPair": wrapped(Files, "its paths pass the file gate"),
			"Dialer":          around("dials around the gate: use tls.Dial or tls.DialWithDialer"),
		}},
		"net/rpc": {def: pure(), syms: map[string]Verdict{
			"Dial": gate, "DialHTTP": gate, "DialHTTPPath": gate,
		}},
		"net/rpc/jsonrpc": {def: pure(), syms: map[string]Verdict{"Dial": gate}},
		"net/smtp": {def: pure(), syms: map[string]Verdict{
			"Dial":     gate,
			"SendMail": around("dials around the gate: use smtp.Dial and the Client's methods"),
		}},
		"net/textproto": {def: pure(), syms: map[string]Verdict{"Dial": gate}},
		"log/syslog":    {def: around("talks to the system logger through a socket outside the gate")},
	}
}
