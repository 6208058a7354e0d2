# Lists every gold leader id that `kaztext extract` gets wrong on a Corpus/leaders file, then right/total.
# Usage (from the repository root, after `swift build -c release`): python3 scripts/leadmiss.py Corpus/leaders/news.jsonl
import json,sys,subprocess
gold=sys.argv[1]
out=subprocess.run(['.build/release/kaztext','extract',gold],capture_output=True,text=True).stdout
pred={}
for l in out.splitlines():
    d=json.loads(l); pred[d['id']]=d
right=tot=0
for l in open(gold):
    g=json.loads(l); p=pred[g['id']]
    for s in g['spans']:
        if not s.get('leader'): continue
        tot+=1
        m=[q for q in p['spans'] if q['start']==s['start'] and q['end']==s['end'] and q['label']==s['label']]
        got=m[0].get('leader') if m else 'NOSPAN'
        if got==s['leader']: right+=1
        else:
            t=g['text']; print(g['id'], g.get('date'), s['label'], repr(t[s['start']:s['end']]), s['leader'], '->', got, '|', t[max(0,s['start']-60):s['end']+30].replace('\n',' '))
print(right,tot)
