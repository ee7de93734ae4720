// difftest: same
package main

// HTTP basic authentication on a small API: the handler checks the
// user and password with a constant-time comparison, the client sends
// them with SetBasicAuth, and a wrong one gets 401 with the realm.

import (
	"crypto/subtle"
	"fmt"
	"io"
	"net"
	"net/http"
)

func requireAuth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		user, pass, ok := r.BasicAuth()
		if !ok || subtle.ConstantTimeCompare([]byte(user), []byte("teacher")) != 1 || subtle.ConstantTimeCompare([]byte(pass), []byte("s3cret")) != 1 {
			w.Header().Set("WWW-Authenticate", `Basic realm="grades"`)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next(w, r)
	}
}

func main() {
	http.HandleFunc("/grades", requireAuth(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ada: A, bob: B")
	}))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go http.Serve(ln, nil)
	url := "http://" + ln.Addr().String() + "/grades"
	for _, cred := range [][2]string{{"", ""}, {"teacher", "wrong"}, {"teacher", "s3cret"}} {
		req, _ := http.NewRequest("GET", url, nil)
		if cred[0] != "" {
			req.SetBasicAuth(cred[0], cred[1])
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%q: %s %q %s", cred[0], resp.Status, resp.Header.Get("WWW-Authenticate"), body)
	}
}
