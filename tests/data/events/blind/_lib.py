import json, datetime as dt
WD = {'mon':0,'tue':1,'wed':2,'thu':3,'fri':4,'sat':5,'sun':6}
def D(s): return dt.date.fromisoformat(s)
def wd(pub, day):
    p = D(pub); t = WD[day[:3].lower()]
    return (p - dt.timedelta(days=(p.weekday()-t) % 7)).isoformat()
def add(d, n): return (D(d)+dt.timedelta(days=n)).isoformat()
def dow(pub): return ['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][D(pub).weekday()]
def ev(type, place, country, date, perp, status, pattern):
    return {"type":type,"place":place,"country":country,"date":date,"perpetrator":perp,"perpetrator_status":status,"pattern":pattern}
def write(path, lang, prefix, items):
    out=[]
    for i,(pub,title,text,evs,note) in enumerate(items,1):
        assert not text.startswith(title)
        d={"id":f"{prefix}-{i:03d}","language":lang,"published":pub,"title":title,"text":text}
        if note: d["note"]=note
        d["events"]=evs
        for e in evs:
            assert e["type"] in ("DroneStrike","AirStrike","MissileStrike","Shelling","Attack")
            assert (e["perpetrator"] is None) == (e["perpetrator_status"] is None)
            if e["date"]: assert e["date"] <= pub, (d["id"], e["date"], pub)
        if not evs: assert note
        out.append(json.dumps(d, ensure_ascii=False))
    open(path,'w').write("\n".join(out)+"\n")
    n=len(items); neg=sum(1 for x in items if not x[3]); ne=sum(len(x[3]) for x in items)
    print(path, n, "passages", neg, "negative", ne, "events")
# places
KHARKIV=["Kharkiv","Kharkov","Харків","Харьков","Kharkiv region","région de Kharkiv"]
KURSK=["Kursk","Koursk","Курск","Kursk region","région de Koursk"]
BRYANSK=["Bryansk","Briansk","Брянск","Bryansk region"]
ODESA=["Odesa","Odessa","Одеса","Одесса","Odesa region","région d'Odessa"]
KYIV=["Kyiv","Kiev","Kiev","Київ","Киев"]
MOSCOW=["Moscow","Moscou","Москва","Moskva","Moscow region","région de Moscou"]
ZAP=["Zaporizhzhia","Zaporijia","Zaporozhye","Zaporijjia","Запоріжжя","Запорожье","Zaporizhzhia region"]
KHERSON=["Kherson","Херсон","Kherson region","région de Kherson"]
SUMY=["Sumy","Soumy","Суми","Сумы"]
BELGOROD=["Belgorod","Белгород","Belgorod region","région de Belgorod"]
NIKOPOL=["Nikopol","Нікополь","Никополь","Dnipropetrovsk region","région de Dnipropetrovsk"]
HEZ=["Hezbollah","Hizbollah","Hizbullah","Hezbollah","حزب الله"]
HOU=["Houthis","Houthi","Houthistes","Ansar Allah","Ansarullah","الحوثيون"]
RSF=["Rapid Support Forces","RSF","Forces de soutien rapide","FSR","قوات الدعم السريع"]
HAMAS=["Hamas","حماس"]
