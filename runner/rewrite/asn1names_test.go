package rewrite_test

import "testing"

func init() {
	programs = append(programs, fromCorpus("asn1names", "npg-asn1-error-names"))
}

// TestASN1Names: a call of encoding/asn1's Marshal or Unmarshal whose
// value holds a type the package declares goes through lift's function
// with the types it holds and Go's names of them, keeping the columns
// after it; one of Go's types alone stays as it is.
func TestASN1Names(t *testing.T) {
	const head = "package main\n\nimport \"encoding/asn1\"\n\ntype Celsius float64\n\ntype Reading struct {\n\tSensor string\n\tTemp   Celsius\n}\n\n"
	liftHolds(t, head+"func main() {\n\t_, _ = asn1.Marshal(&Reading{})\n}\n",
		[]string{".ASN1Marshal/*line :13:21*/(&Reading{}, ", ".ASN1Names([]any{[]Reading(nil), []Celsius(nil)}, []string{\"main.Reading\", \"main.Celsius\"}, []string{\"Reading\", \"Celsius\"}, true)/*line :13:32*/)"}, nil)
	liftHolds(t, head+"func main() {\n\tvar rs []Reading\n\t_, _ = asn1.Unmarshal(nil, &rs)\n}\n",
		[]string{".ASN1Unmarshal/*line :14:23*/(nil, &rs, ", "[]string{\"Reading\", \"Celsius\"}, true)/*line :14:32*/)"}, nil)
	liftHolds(t, head+"func main() {\n\tvar c Celsius\n\t_, _ = asn1.UnmarshalWithParams(nil, &c, \"explicit\")\n}\n",
		[]string{".ASN1UnmarshalWithParams/*line :14:33*/(nil, &c, \"explicit\", ", "[]string{\"Celsius\"}, false)"}, nil)
	liftHolds(t, head+"func main() {\n\t_, _ = asn1.Marshal(3)\n\tvar n []int\n\t_, _ = asn1.Unmarshal(nil, &n)\n\t_ = Reading{}\n}\n",
		nil, []string{"ASN1Marshal", "ASN1Unmarshal"})
}
