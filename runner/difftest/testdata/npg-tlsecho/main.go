// difftest: same
package main

// A TLS echo server and client on loopback, as chapter 7 of Network
// Programming with Go builds them, with a certificate the program makes
// for itself at start: the client trusts exactly that certificate.

import (
	"bufio"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	"math/big"
	"net"
	"time"
)

func certificate() (tls.Certificate, *x509.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(42),
		Subject:      pkix.Name{CommonName: "echo.local", Organization: []string{"Socket Lab"}},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, leaf, nil
}

func main() {
	cert, leaf, err := certificate()
	if err != nil {
		fmt.Println("certificate:", err)
		return
	}
	fmt.Println("subject:", leaf.Subject, "serial:", leaf.SerialNumber, "IPs:", leaf.IPAddresses)
	config := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	ln, err := tls.Listen("tcp", "127.0.0.1:0", config)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go func(c net.Conn) {
				defer c.Close()
				r := bufio.NewReader(c)
				for {
					line, err := r.ReadString('\n')
					if err != nil {
						return
					}
					fmt.Fprintf(c, "echo: %s", line)
				}
			}(conn)
		}
	}()

	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	conn, err := tls.Dial("tcp", ln.Addr().String(), &tls.Config{RootCAs: pool})
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	state := conn.ConnectionState()
	fmt.Println("handshake:", state.HandshakeComplete, tls.VersionName(state.Version), "peer:", state.PeerCertificates[0].Subject.CommonName)
	r := bufio.NewReader(conn)
	for _, msg := range []string{"hello", "over TLS"} {
		fmt.Fprintln(conn, msg)
		reply, err := r.ReadString('\n')
		if err != nil {
			fmt.Println("read:", err)
			return
		}
		fmt.Print(reply)
	}
	conn.Close()

	_, err = tls.Dial("tcp", ln.Addr().String(), &tls.Config{})
	fmt.Println("without the certificate:", err != nil)
	_, err = tls.Dial("tcp", ln.Addr().String(), &tls.Config{RootCAs: pool, ServerName: "other.local"})
	fmt.Println("wrong name:", err)
}
