package lift

import (
	"encoding/asn1"
	"errors"
	"strings"
	"testing"
)

// TestASN1Named: encoding/asn1's structural errors name the script's
// types as Go does, by their String in "unknown Go type" and by their
// Name in "tags don't match", where the interpreter's runtime forms stand
// for them; a "" stands for the one struct type only where the value holds
// no type Go names "" itself, and other errors come back as they are.
func TestASN1Named(t *testing.T) {
	type reading = struct { // the interpreter's form of a script's struct type: no name
		Sensor string
		Temp   float64
	}
	names := ASN1Names([]any{[]reading(nil)}, []string{"main.Reading"}, []string{"Reading"}, false)
	_, err := ASN1Marshal(&reading{}, names)
	if want := "asn1: structure error: unknown Go type: *main.Reading"; err == nil || err.Error() != want {
		t.Errorf("ASN1Marshal: %v, want %s", err, want)
	}
	var se asn1.StructuralError
	if !errors.As(err, &se) {
		t.Errorf("ASN1Marshal: %T is no asn1.StructuralError", err)
	}
	text, _ := asn1.Marshal("x")
	var r reading
	_, err = ASN1Unmarshal(text, &r, names)
	if err == nil || !strings.HasSuffix(err.Error(), "} Reading @2") {
		t.Errorf("ASN1Unmarshal: %v, want one naming Reading", err)
	}
	unnamed := ASN1Names([]any{[]reading(nil)}, []string{"main.Reading"}, []string{"Reading"}, true)
	_, err = ASN1Unmarshal(text, &r, unnamed)
	if err == nil || !strings.HasSuffix(err.Error(), "}  @2") {
		t.Errorf("ASN1Unmarshal of a value that holds an unnamed type: %v, want one naming none", err)
	}
	_, err = ASN1Unmarshal(nil, &r, names)
	if err == nil || err.Error() != "asn1: syntax error: sequence truncated" {
		t.Errorf("ASN1Unmarshal of nothing: %v", err)
	}
}
