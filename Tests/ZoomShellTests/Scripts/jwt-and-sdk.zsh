#@ env: {"SECRET": "a-signing-secret-of-at-least-32-bytes-0123", "SHORT": "short"}
# jwt sign / decode and Meeting SDK signatures (the clock is fixed: iat and exp are stable).
on-error continue
jwt sign --secret-env SECRET --lifetime 10m iss=MyKey role=1 note="two words"
let token = $last
jwt decode $token
jwt decode $token --secret-env SECRET
jwt sign --secret-env SHORT iss=x
jwt decode not.a.jwt
sdk signature 85746065432 --role host --key my-sdk-key --secret-env SECRET
jwt decode $last.signature --secret-env SECRET
sdk signature 85746065432 --lifetime 29m --secret-env SECRET
sdk signature 85746065432 --lifetime 49h --secret-env SECRET
sdk signature 85746065432 --lifetime 48h --secret-env SECRET
jwt decode $last.signature
