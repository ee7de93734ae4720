// difftest: same
package main

// HTTP basic authentication: the server reads the credentials with
// r.BasicAuth, compares them in constant time, and answers 401 with a
// WWW-Authenticate challenge otherwise. The client sets them with
// SetBasicAuth; the Authorization header is base64 the client prints.

import (
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

var users = map[string]string{"teacher": "s3cret", "student": "letmein"}

func protected(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	want, known := users[user]
	if !ok || !known || subtle.ConstantTimeCompare([]byte(pass), []byte(want)) != 1 {
		w.Header().Set("WWW-Authenticate", `Basic realm="lab"`)
		http.Error(w, "who are you?", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "hello %s, here are the marks", user)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go http.Serve(ln, http.HandlerFunc(protected))
	url := "http://" + ln.Addr().String() + "/marks"
	for _, cred := range [][2]string{{"teacher", "s3cret"}, {"student", "wrong"}, {"", ""}, {"nobody", "x"}} {
		req, _ := http.NewRequest("GET", url, nil)
		if cred[0] != "" {
			req.SetBasicAuth(cred[0], cred[1])
		}
		auth := req.Header.Get("Authorization")
		if enc, ok := strings.CutPrefix(auth, "Basic "); ok {
			dec, _ := base64.StdEncoding.DecodeString(enc)
			fmt.Printf("Authorization: %s (%s)\n", auth, dec)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("  %d %q challenge=%q\n", resp.StatusCode, strings.TrimSpace(string(b)), resp.Header.Get("WWW-Authenticate"))
	}
}
